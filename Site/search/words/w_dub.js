BRIEFINGS_SEARCH_WORDS("dub",{
"dubbed":"6i,s"
});
