BRIEFINGS_SEARCH_WORDS("edu",{
"educational":"5k,1u"
});
