BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7y",
"named":"69,18,1,4,8;7h"
});
