BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2l",
"successives":"6",
"successor":"7c",
"such":"47,1g,1t,6"
});
