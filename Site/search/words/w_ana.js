BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,7a;d",
"analyse":"77,d"
});
