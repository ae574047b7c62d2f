BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,70;d",
"analyse":"6y,c"
});
