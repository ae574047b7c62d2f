BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,7j;d",
"analyse":"7h,c"
});
