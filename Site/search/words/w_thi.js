BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"47,3c",
"thirty":"7d",
"this":"4n,2m,4,4;4n"
});
