BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6e,w,9",
"along":"7d",
"alongside":"42,3j"
});
