BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"47,3f",
"thirty":"7g",
"this":"4n,2p,4,4;4n"
});
