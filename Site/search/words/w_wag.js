BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,18,1m,3m,6;1d,2u"
});
