BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"48,3b",
"thirty":"7d",
"this":"4n,2m,4,4;4n"
});
