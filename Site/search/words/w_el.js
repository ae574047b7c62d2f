BRIEFINGS_SEARCH_WORDS("el",{
"el":"3,f,m,q,11,2f,2j;2v,2f"
});
