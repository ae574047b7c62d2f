BRIEFINGS_SEARCH_WORDS("alo",{
"alone":"6f,w,9",
"along":"7e",
"alongside":"42,3k"
});
