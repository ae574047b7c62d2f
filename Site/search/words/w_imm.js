BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5q,3,15;66",
"immediate":"7g",
"immediatement":"7b"
});
