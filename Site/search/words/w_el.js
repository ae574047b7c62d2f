BRIEFINGS_SEARCH_WORDS("el",{
"el":"3,f,m,q,12,2u,2b;2w,2u"
});
