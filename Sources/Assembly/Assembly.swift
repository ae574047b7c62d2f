// Assembly
