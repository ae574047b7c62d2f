BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"4c,3k",
"thirty":"7q",
"this":"4s,2u,4,4;4s"
});
