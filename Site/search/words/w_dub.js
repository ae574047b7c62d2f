BRIEFINGS_SEARCH_WORDS("dub",{
"dubbed":"74,s"
});
