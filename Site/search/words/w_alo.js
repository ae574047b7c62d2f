BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6n,z,9",
"along":"7p",
"alongside":"44,3t"
});
