BRIEFINGS_SEARCH_WORDS("el",{
"el":"3,f,m,q,11,29,2b;2v,29"
});
