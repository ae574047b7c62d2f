BRIEFINGS_SEARCH_WORDS("suc",{
"successifs":"2l",
"successives":"6",
"successor":"6a,1d",
"such":"4d,1f,1z,6"
});
