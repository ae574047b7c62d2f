BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"4u,3b",
"thirty":"7z",
"this":"59,2m,4,4;59"
});
