BRIEFINGS_SEARCH_WORDS("aga",{
"against":"48,m,20,m,3,5,7,2;6u"
});
