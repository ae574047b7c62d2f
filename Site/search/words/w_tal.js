BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,35,10,4,2m,7,1;4v,4,2u"
});
