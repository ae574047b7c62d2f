BRIEFINGS_SEARCH_WORDS("so",{
"so":"6v,p,1"
});
