BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2l",
"successives":"6",
"successor":"69,1d",
"such":"4c,1g,1y,6"
});
