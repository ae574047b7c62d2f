BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,5q,3,12;66",
"immediate":"7d",
"immediatement":"78"
});
