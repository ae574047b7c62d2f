BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"48,3c",
"thirty":"7e",
"this":"4o,2m,4,4;4o"
});
