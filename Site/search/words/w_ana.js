BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,79;d",
"analyse":"77,c"
});
