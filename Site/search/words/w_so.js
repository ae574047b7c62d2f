BRIEFINGS_SEARCH_WORDS("so",{
"so":"6x,q,1"
});
