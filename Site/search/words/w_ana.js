BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,7b;d",
"analyse":"79,c"
});
