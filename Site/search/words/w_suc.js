BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2l",
"successives":"6",
"successor":"69,1c",
"such":"4c,1g,1x,6"
});
