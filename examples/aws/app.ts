import { buildExampleApp } from './example-app';
buildExampleApp().synth();
