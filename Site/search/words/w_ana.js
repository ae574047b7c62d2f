BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,6x;d",
"analyse":"6v,c"
});
