// The Event Socket frame reader lives in esl-frames/, where the capture recorder (scripts/) finds it too.
export * from '../esl-frames/esl-frames';
