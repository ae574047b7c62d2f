BRIEFINGS_SEARCH_WORDS("so",{
"so":"6p,l,1"
});
