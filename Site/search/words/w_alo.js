BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6n,10,9",
"along":"7q",
"alongside":"43,3v"
});
