BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2z",
"enfant":"7u",
"enfants":"1h,1i,4e,5,3,7,1",
"enfin":"5n,2e",
"enforce":"7p,2;7r"
});
