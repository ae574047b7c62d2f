BRIEFINGS_SEARCH_WORDS("imm",{
"immediat":"g,6c,3,12;6s",
"immediate":"7z",
"immediatement":"7u"
});
