BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,78;d",
"analyse":"76,c"
});
