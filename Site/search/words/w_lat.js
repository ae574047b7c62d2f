BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7x",
"later":"6u,u,7",
"lattaquie":"1,36,2,4b,1"
});
