BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5o,3,15;64",
"immediate":"7e",
"immediatement":"79"
});
