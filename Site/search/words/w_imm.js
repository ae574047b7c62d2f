BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,60,3,16;6g",
"immediate":"7r",
"immediatement":"7m"
});
