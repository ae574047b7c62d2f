BRIEFINGS_SEARCH_WORDS("so",{
"so":"6n,p,1"
});
