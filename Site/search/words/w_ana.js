BRIEFINGS_SEARCH_WORDS("ana",{
"anadolu":"d,6y;d",
"analyse":"6w,c"
});
