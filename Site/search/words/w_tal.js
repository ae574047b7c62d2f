BRIEFINGS_SEARCH_WORDS("tal",{
"talks":"q,35,z,4,2m,7,1;4u,4,2u"
});
