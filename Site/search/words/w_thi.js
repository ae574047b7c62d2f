BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"47,3d",
"thirty":"7e",
"this":"4l,2p,4,4;4l"
});
