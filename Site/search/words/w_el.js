BRIEFINGS_SEARCH_WORDS("el",{
"el":"3,f,m,q,11,2e,2h;2v,2e"
});
