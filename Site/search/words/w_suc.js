BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2l",
"successives":"6",
"successor":"68,1c",
"such":"4c,1f,1x,6"
});
