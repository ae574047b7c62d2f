BRIEFINGS_SEARCH_WORDS("so",{
"so":"6l,p,1"
});
