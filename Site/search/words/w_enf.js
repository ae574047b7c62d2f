BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"79",
"enfants":"1h,1h,3v,4,3,7,1",
"enfin":"4z,2h",
"enforce":"74,2;74,2"
});
