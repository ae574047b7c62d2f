BRIEFINGS_SEARCH_WORDS("so",{
"so":"6o,l,1"
});
